import { mentionsLeader, personalise } from './personalise';

describe('personalise', () => {
  it('puts the leader in every placeholder, however it is spaced, and nothing else', () => {
    expect(personalise('{{leader}} listens; ask {{ leader }} why', 'Alex')).toBe('Alex listens; ask Alex why');
    expect(personalise('No placeholder {{team}}', 'Alex')).toBe('No placeholder {{team}}');
    expect(personalise("{{leader}}'s team", "Ke$ha $& $'")).toBe("Ke$ha $& $''s team");
  });

  it('tells whether a text names the leader, the same on every call', () => {
    expect([mentionsLeader('Leadership 360 for {{leader}}'), mentionsLeader('Leadership 360 for {{leader}}'), mentionsLeader('Leadership 360')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe('personalise with a goal', () => {
  it('fills in the goal as written, and leaves it for later when none is given', () => {
    expect(personalise('Has {{leader}} got better at {{ goal }}?', 'Alex', 'listening $& first')).toBe('Has Alex got better at listening $& first?');
    expect(personalise('Has {{leader}} got better at {{goal}}?', '{{leader}}', 'listening')).toBe('Has {{leader}} got better at listening?');
    expect(personalise('Has {{leader}} got better at {{goal}}?', 'Alex')).toBe('Has Alex got better at {{goal}}?');
  });
});
