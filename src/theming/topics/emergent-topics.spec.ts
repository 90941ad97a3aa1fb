import { emergentTopics } from './emergent-topics';

const comments = [
  'Meetings always start late and there is never an agenda.',
  'Would love to see more of him on the shop floor.',
  'Great sense of humour.',
  'Please send an agenda before our meetings.',
  'He should walk the shop floor more often.',
  'The car park situation needs sorting out.',
  'Our weekly meetings overrun and have no clear agenda.',
  'Funny, warm and a great sense of humour in tough moments.',
  'A pleasure to work with.',
].map((text) => ({ text }));

describe('emergentTopics', () => {
  const topics = emergentTopics(comments);

  it('groups comments that share what they talk about, largest topic first, with a readable label', () => {
    expect(topics.map((topic) => [topic.label, topic.members])).toEqual([
      ['Agenda and meetings', [0, 3, 6]],
      ['Shop floor', [1, 4]],
      ['Sense of humour', [2, 7]],
    ]);
  });

  it('lists the words the members share, as raters spelt them', () => {
    expect(topics[0].keywords).toEqual(['agenda', 'meetings']);
    expect(topics[2].keywords).toEqual(['sense of humour']);
  });

  it('leaves a comment that shares nothing out of every topic', () => {
    const members = topics.flatMap((topic) => topic.members);
    expect(members).not.toContain(5);
    expect(members).not.toContain(8);
    expect(new Set(members).size).toBe(members.length);
  });

  it('gives the same topics for the same comments, every time', () => {
    expect(emergentTopics(comments)).toEqual(topics);
  });

  it('honours a larger minimum of members, and finds nothing in nothing', () => {
    expect(emergentTopics(comments, { minMembers: 3 }).map((topic) => topic.label)).toEqual(['Agenda and meetings']);
    expect(emergentTopics([])).toEqual([]);
    expect(emergentTopics([{ text: '' }, { text: '😀' }, { text: '<b></b>' }])).toEqual([]);
  });

  it('keeps markup as words, never as anything else', () => {
    const [topic] = emergentTopics([{ text: '<script>parking</script> is awful' }, { text: 'Parking is awful' }]);
    expect(topic.members).toEqual([0, 1]);
    expect(topic.label).toMatch(/parking/i);
  });
});
