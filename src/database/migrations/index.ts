import { InitialSchema1764000000000 } from './1764000000000-InitialSchema';
import { CommentSentiment1764100000000 } from './1764100000000-CommentSentiment';

/** Every migration, in order. Listed explicitly so the built app and the tests see the same set. */
export const MIGRATIONS = [InitialSchema1764000000000, CommentSentiment1764100000000];
