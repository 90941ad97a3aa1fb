import { buildRaterOverview } from './rater-overview';
import type { ReportBucket } from './report.types';

describe('buildRaterOverview', () => {
  const buckets: ReportBucket[] = [
    { id: 'boss', label: 'Manager', groups: ['boss'], responses: 1, shown: true, anonymous: false },
    { id: 'peer+other', label: 'Peers and others', groups: ['peer', 'other'], responses: 5, shown: true, anonymous: true },
    { id: 'direct_report', label: 'Direct reports', groups: ['direct_report'], responses: 0, shown: false, anonymous: true },
  ];

  it('counts invitations per bucket as shown, never per merged group', () => {
    const overview = buildRaterOverview(buckets, { self: 1, boss: 1, peer: 4, other: 2, direct_report: 3 }, 1, ['Peers and others are shown together.']);
    expect(overview).toEqual({
      self: { invited: 1, responded: 1 },
      buckets: [
        { id: 'boss', label: 'Manager', invited: 1, responded: 1, shown: true },
        { id: 'peer+other', label: 'Peers and others', invited: 6, responded: 5, shown: true },
        { id: 'direct_report', label: 'Direct reports', invited: 3, responded: 0, shown: false },
      ],
      notes: ['Peers and others are shown together.'],
    });
  });

  it('leaves out groups nobody was asked, and self when the survey has none', () => {
    const overview = buildRaterOverview(buckets, { boss: 1, peer: 5 }, null, []);
    expect(overview.self).toBeNull();
    expect(overview.buckets.map((row) => row.id)).toEqual(['boss', 'peer+other']);
  });
});
