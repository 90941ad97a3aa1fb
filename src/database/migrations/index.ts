import { InitialSchema1764000000000 } from './1764000000000-InitialSchema';
import { BatchedFolding1764300000000 } from './1764300000000-BatchedFolding';
import { InvitationRetries1764300000001 } from './1764300000001-InvitationRetries';

/** Every migration, in order. Listed explicitly so the built app and the tests see the same set. */
export const MIGRATIONS = [InitialSchema1764000000000, BatchedFolding1764300000000, InvitationRetries1764300000001];
