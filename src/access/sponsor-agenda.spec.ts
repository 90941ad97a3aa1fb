import { cell } from '../../test/factories/program.factory';
import { comment, reportFactory, reportThemeFactory } from '../../test/factories/report.factory';
import type { OutcomeView } from '../engagements/engagements.service';
import type { ProgramGoal } from '../programs/program.types';
import type { Report } from '../reports/assembly/report.types';
import { buildReview } from '../reviews/review-report';
import { buildSponsorAgenda } from './sponsor-agenda';

const round = (communication: number, boss: number): Report =>
  reportFactory({
    aggregatedResponses: 8,
    buckets: [
      { id: 'boss', label: 'Manager', groups: ['boss'], responses: 1, shown: true, anonymous: false },
      { id: 'peer', label: 'Peers', groups: ['peer'], responses: 3, shown: true, anonymous: true },
    ],
    themes: [
      reportThemeFactory({
        id: 'communication',
        title: 'Communication',
        scores: { others: cell(communication, 4), boss: cell(boss, 1), peer: cell(communication - 0.11, 3), self: cell(4.9, 1) },
        comments: [comment('SECRET COMMENT interrupts', 'peer')],
      }),
    ],
  });

const goals: ProgramGoal[] = [{ themeId: 'communication', title: 'Communication', goal: 'Listen before answering', baseline: { mean: 3, n: 4 }, target: 3.6 }];
const outcomes: OutcomeView[] = [
  {
    text: 'Heard',
    indicator: { themeId: 'communication', source: 'others', measure: 'mean', operator: '>=', value: 3.5 },
    measuredBy: "others' average for Communication at or above 3.5",
  },
  {
    text: 'Boss sees it',
    indicator: { themeId: 'communication', source: 'boss', measure: 'mean', operator: '>=', value: 4 },
    measuredBy: "the manager's rating for Communication at or above 4.0",
  },
];
const scopes = { themes: new Map([['communication', 'Communication']]), items: new Map<string, string>() };
const review = buildReview({
  leader: 'Alex',
  goals,
  outcomes,
  scopes,
  baseline: { campaignId: 'b', report: round(3, 2.17), changeItemIds: {} },
  midpoint: { campaignId: 'm', report: round(3.4, 3.33), changeItemIds: {} },
  final: { campaignId: 'f', report: round(3.7, 4.44), changeItemIds: {} },
});
const agendaWith = (share: { goals: boolean; progress: boolean }) =>
  buildSponsorAgenda({
    title: 'Program',
    leader: 'Alex',
    sponsor: 'Jordan',
    share,
    goals,
    milestones: [{ title: 'Mid-program review', dueOn: '2026-04-27', themeId: null }],
    outcomes,
    review,
  });

describe('buildSponsorAgenda', () => {
  it('shows nothing but the meeting outlines until the leader shares', () => {
    const agenda = agendaWith({ goals: false, progress: false });
    expect(agenda.meetings.map((meeting) => meeting.id)).toEqual(['start', 'middle', 'end']);
    for (const meeting of agenda.meetings)
      expect([meeting.goals, meeting.progress, meeting.outcomes, meeting.intendedOutcomes]).toEqual([null, null, null, null]);
    expect(agenda.meetings[0].notes).toEqual(['Alex has not shared the goals with you yet.']);
    expect(agenda.meetings[1].notes).toEqual(['Alex has not shared progress with you yet.']);
    expect(agenda.statusRule).toBeNull();
    expect(JSON.stringify(agenda)).not.toMatch(/3\.4|3\.7|Listen before/);
  });

  it('with goals shared: the goals and intended outcomes, no figures', () => {
    const agenda = agendaWith({ goals: true, progress: false });
    expect(agenda.meetings[0].goals).toEqual([{ title: 'Communication', goal: 'Listen before answering', target: 3.6 }]);
    expect(agenda.meetings[0].intendedOutcomes?.map((outcome) => outcome.text)).toEqual(['Heard', 'Boss sees it']);
    expect(agenda.meetings[1].progress).toBeNull();
    expect(agenda.meetings[1].plannedFor).toBe('2026-04-27');
  });

  it('with progress shared: others’ figures and status per goal, outcomes met or not, never one group’s scores or comments', () => {
    const agenda = agendaWith({ goals: true, progress: true });
    expect(agenda.meetings[1].progress).toEqual([
      { title: 'Communication', target: 3.6, baseline: 3, current: 3.4, perceivedChange: null, status: 'on_track', statusReason: expect.any(String) },
    ]);
    expect(agenda.meetings[2].progress?.[0]).toMatchObject({ current: 3.7, status: 'achieved' });
    expect(agenda.meetings[1].notes).toEqual([]);
    expect(agenda.meetings[2].outcomes).toEqual([
      { text: 'Heard', measuredBy: "others' average for Communication at or above 3.5", met: true, note: 'Met at the final review.' },
      {
        text: 'Boss sees it',
        measuredBy: "the manager's rating for Communication at or above 4.0",
        met: null,
        note: "Measured on one person's ratings: Alex will talk you through it.",
      },
    ]);
    const json = JSON.stringify(agenda);
    for (const leak of ['SECRET COMMENT', '2.17', '3.33', '4.44', '2.89', '3.29', '3.59', '4.9', 'Peers', '"peer"']) expect(json).not.toContain(leak);
  });
});
