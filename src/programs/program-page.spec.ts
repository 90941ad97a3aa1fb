import { baselineReport, LIBRARY } from '../../test/factories/program.factory';
import { checkProgram } from './program-plan';
import { renderProgramPage } from './program-page';
import { buildProgramView } from './program-view';

describe('renderProgramPage', () => {
  const checked = checkProgram(
    {
      goals: [
        { themeId: 'communication', goal: 'Listen first <script>alert(1)</script>', target: 3.6 },
        { themeId: 'developing-others', goal: 'Delegate', target: 3.4 },
      ],
      plan: [
        { practiceId: 'speak-last', startOn: '2026-02-02', dueOn: '2026-02-22' },
        { practiceId: 'read-multipliers', startOn: '2026-02-02', dueOn: '2026-03-01' },
      ],
      milestones: [{ title: 'Mid-program review', dueOn: '2026-04-27' }],
    },
    { baselineCampaignId: 'c-1', baselineVersion: 2, report: baselineReport(), library: LIBRARY },
  );
  if (!('content' in checked)) throw new Error(checked.problems.join('; '));
  const program = { ...checked.content, engagementId: 'e-1', createdAt: new Date('2026-02-01T00:00:00Z'), updatedAt: new Date('2026-02-01T00:00:00Z') };
  const sessions = [
    {
      id: 's1',
      heldOn: '2026-02-02',
      durationMinutes: 60,
      focusThemeId: 'communication',
      agreedActions: ['Speak last <b>twice</b>'],
      privateNotes: 'COACH ONLY note',
    },
  ];
  const actions = [{ id: 'a1', practiceId: 'speak-last', doneOn: '2026-02-05', note: null }];

  it('shows goals, plan with done against planned, milestones and sessions, escaping what people typed', () => {
    const html = renderProgramPage(buildProgramView({ program, leader: 'Alex <Morgan>', sessions, actions, reader: 'leader' }), { backLink: '/leader/e-1' });
    expect(html).toContain('<h1>Alex &lt;Morgan&gt;: development program</h1>');
    expect(html).toContain('Listen first &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).toContain('Speak last &lt;b&gt;twice&lt;/b&gt;');
    expect(html).toMatch(/1 \/ 3/);
    expect(html).toContain('Liz Wiseman, &quot;Multipliers&quot;');
    expect(html).toContain('<strong>2026-04-27</strong>: Mid-program review');
    expect(html).toContain('href="/leader/e-1"');
  });

  it('never prints the private notes, even if handed the coach view', () => {
    const html = renderProgramPage(buildProgramView({ program, leader: 'Alex', sessions, actions, reader: 'coach' }), { backLink: null });
    expect(html).not.toContain('COACH ONLY');
    expect(html).not.toContain('Back to your overview');
  });
});
