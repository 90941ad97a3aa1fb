import { cell } from '../../test/factories/program.factory';
import { comment, reportFactory, reportThemeFactory } from '../../test/factories/report.factory';
import { renderLeaderHome, renderLeaderReport, renderSponsorAgenda } from './access-pages';
import { buildSponsorAgenda } from './sponsor-agenda';

describe('leader and sponsor pages', () => {
  it('the leader report shows shown buckets only, comments escaped and labelled only with shown buckets', () => {
    const html = renderLeaderReport(
      reportFactory({
        version: { number: 2, createdAt: '2026-01-10T00:00:00Z', releasedAt: '2026-01-11T00:00:00Z' },
        buckets: [
          { id: 'peer', label: 'Peers', groups: ['peer'], responses: 4, shown: true, anonymous: true },
          { id: 'other', label: 'Others', groups: ['other'], responses: 1, shown: false, anonymous: true },
        ],
        themes: [
          reportThemeFactory({
            id: 'communication',
            title: 'Communication',
            classification: 'blind_spot',
            gap: 1.2,
            scores: { self: cell(4.6, 1), others: cell(3.4, 5), peer: cell(3.3, 4), other: null },
            comments: [comment('Interrupts <img src=x onerror=alert(1)>', 'peer'), comment('Unplaced voice', null)],
          }),
        ],
      }),
      '/leader/e-1',
    );
    expect(html).toContain('Version 2, released 2026-01-11');
    expect(html).toMatch(/<th scope="col" class="num">Peers<\/th>/);
    expect(html).not.toMatch(/<th scope="col" class="num">Others<\/th>/);
    expect(html).toContain('Interrupts &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; <span class="muted">(Peers)</span>');
    expect(html).toContain('<li>Unplaced voice</li>');
    expect(html).toContain('Blind spot');
    expect(html).toContain('+1.20');
  });

  it('the leader report marks a comment in another language with its language, for screen readers', () => {
    const html = renderLeaderReport(
      reportFactory({ unthemedComments: [{ ...comment('Doit déléguer davantage aux équipes.', null), language: 'fr' }, comment('Kind to everyone.', null)] }),
      '/leader/e-1',
    );
    expect(html).toContain('<li><span lang="fr">Doit déléguer davantage aux équipes.</span></li>');
    expect(html).toContain('<li>Kind to everyone.</li>');
  });

  it('the leader home carries the form token in each form and the current choices', () => {
    const html = renderLeaderHome({
      title: 'Alex',
      sponsor: 'Jordan',
      base: '/leader/e-1',
      csrf: 'c'.repeat(64),
      share: { goals: true, progress: false },
      saved: true,
      sent: false,
      reports: [],
      hasProgram: false,
    });
    expect(html.match(/name="csrf" value="c{64}"/g)).toHaveLength(3);
    expect(html).toMatch(/name="goals" value="on" checked/);
    expect(html).not.toMatch(/name="progress" value="on" checked/);
    expect(html).toContain('The program is not designed yet.');
  });

  it('the sponsor agenda says what was shared, per meeting, or that nothing was', () => {
    const agenda = buildSponsorAgenda({
      title: 'Program',
      leader: 'Alex',
      sponsor: 'Jordan',
      share: { goals: false, progress: false },
      goals: null,
      milestones: [],
      outcomes: [],
      review: null,
    });
    const all = renderSponsorAgenda(agenda, { base: '/sponsor/e-1', only: null });
    expect(all).toContain('Alex chose what you see here: nothing yet.');
    expect(all).toContain('href="/sponsor/e-1/meetings/middle"');
    expect(all).toContain('Alex has not shared progress with you yet.');
    const one = renderSponsorAgenda(agenda, { base: '/sponsor/e-1', only: 'end' });
    expect(one).toContain('<h1>Alex: End of the program: outcomes against intended</h1>');
    expect(one).not.toContain('Mid-program: progress');
  });
});
