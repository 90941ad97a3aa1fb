import { join } from 'node:path';
import type { NominationView } from '../campaigns/nominations/nominations.service';
import { compileTemplates } from '../common/template-renderer';

const render = compileTemplates(join(__dirname, 'templates'));

export type NomineeField = 'name' | 'email' | 'group';

/** The "add someone" form as it was refused: what was typed, the problem beside each field, and a problem of the list as a whole. */
export interface NomineeForm {
  values: Record<NomineeField, string>;
  errors: Partial<Record<NomineeField, string>>;
  problem: string | null;
}

export const NOMINATION_FLASH: Record<string, string> = {
  added: 'Added to your proposal.',
  removed: 'Taken out of your proposal.',
  sent: 'Your list is on its way to your coach, who will approve it or send it back with a note.',
};

function statusText(view: NominationView): { text: string; warning: boolean } {
  if (view.locked) return { text: 'The survey has started: the list is locked. To add someone now, ask your coach.', warning: true };
  switch (view.status) {
    case 'submitted':
      return { text: 'Your list is with your coach. You can change it again if they send it back.', warning: false };
    case 'returned':
      return { text: 'Your coach sent the list back: change it, then send it again.', warning: true };
    case 'approved':
      return {
        text:
          view.raters.length > 0
            ? 'Your coach approved your earlier list. The people below are a new proposal: send it when it is ready.'
            : 'Your coach approved your list: they will be asked when the survey starts. You may propose more people until then.',
        warning: false,
      };
    case 'none':
    case 'draft':
      return { text: 'Add the people you would like to give you feedback, then send the list to your coach.', warning: false };
  }
}

/** The leader's page for proposing raters to one campaign: group guidance, the proposal, and the forms that change it while it is theirs. */
export function renderLeaderRaters(view: NominationView, options: { base: string; csrf: string; flash: string | null; add?: NomineeForm }): string {
  const labels = new Map(view.groups.map((group) => [group.id, group.label]));
  const editable = !view.locked && view.status !== 'submitted';
  const add = options.add ?? { values: { name: '', email: '', group: 'peer' }, errors: {}, problem: null };
  const status = statusText(view);
  return render('leader-raters', {
    title: `Propose your raters: ${view.title}`,
    base: options.base,
    action: `${options.base}/raters/${view.campaignId}`,
    csrf: options.csrf,
    flash: options.flash,
    statusText: status.text,
    statusWarning: status.warning,
    coachNote: view.status === 'returned' ? view.coachNote : null,
    groups: view.groups,
    raters: view.raters.map((rater) => ({ name: rater.name, email: rater.email, group: labels.get(rater.group) ?? rater.group })),
    editable,
    add: {
      values: add.values,
      errors: { name: add.errors.name ?? null, email: add.errors.email ?? null, group: add.errors.group ?? null },
      problem: add.problem,
      groups: view.groups.map((group) => ({ id: group.id, label: group.label, selected: group.id === add.values.group })),
    },
  });
}

/** A line for the leader's overview: where a campaign's proposal stands. */
export function nominationSummary(view: NominationView, base: string): { title: string; href: string; state: string } {
  const count = view.raters.length;
  const state = {
    none: 'nobody proposed yet',
    draft: `${count} proposed, not sent yet`,
    submitted: 'with your coach',
    returned: 'sent back by your coach with a note',
    approved: count > 0 ? `approved; ${count} more proposed, not sent yet` : 'approved by your coach',
  }[view.status];
  return { title: view.title, href: `${base}/raters/${view.campaignId}`, state };
}
