import type { CommentKind } from '../comment.types';
import { commentSentiment, settledSentiment } from './comment-sentiment';
import { analyseText } from '../text/text-pipeline';

const sentiment = (text: string, kind?: CommentKind) => commentSentiment(text, analyseText(text), kind);

describe('commentSentiment', () => {
  it.each([
    'Stays calm under pressure and explains decisions clearly.',
    'Brilliant coach; I have grown a lot this year.',
    "Doesn't get rattled, whatever happens.",
    'Owns her mistakes rather than blaming the team.',
    'Wins people over, not by pulling rank.',
    'Nothing comes to mind, keep doing what you are doing.',
    "I've only worked with him for a month, so I can't really say.",
    'Unflappable.',
  ])('reads "%s" as positive', (text) => {
    expect(sentiment(text)).toBe('positive');
  });

  it.each([
    "Doesn't listen.",
    'Interrupts people in meetings.',
    'Should delegate more.',
    'It would be great if she shared the plan earlier.',
    'Could be more open to other views.',
    'Needs to hold people to account.',
    'Too quick to jump to conclusions.',
    'Not enough one-to-ones.',
    'Takes the credit for the work of others.',
    'Delivers results, but does everything himself instead of letting the team grow.',
    'Has never once asked about my career.',
    'Starts lots of projects but few of them are finished.',
  ])('reads "%s" as constructive', (text) => {
    expect(sentiment(text)).toBe('constructive');
  });

  it('takes a stop suggestion as constructive and a continue one as positive, whatever the words', () => {
    expect(sentiment('Being so calm and clear', 'stop')).toBe('constructive');
    expect(sentiment('Interrupting less than before', 'continue')).toBe('positive');
  });

  it('takes a start suggestion as constructive, unless it says there is nothing to start', () => {
    expect(sentiment('Sharing the roadmap with the team', 'start')).toBe('constructive');
    expect(sentiment('Nothing to add, keep it up', 'start')).toBe('positive');
  });

  it('reads emoji through the lexicon, and text with no words as positive (nothing to work on)', () => {
    expect(sentiment('😡😡')).toBe('constructive');
    expect(sentiment('👍')).toBe('positive');
    expect(sentiment('')).toBe('positive');
  });
});

describe('commentSentiment of a stored comment', () => {
  it('reads it from its text and kind alone, as the sentiment backfill does', () => {
    expect(sentiment('Always calm and clear.', 'text')).toBe('positive');
    expect(sentiment('Interrupts people in every meeting.', 'text')).toBe('constructive');
    expect(sentiment('Being so calm', 'continue')).toBe('positive');
    expect(sentiment('Being so calm', 'stop')).toBe('constructive');
  });
});

describe('settledSentiment', () => {
  it('files an answer by what its question asks for, whatever its words', () => {
    expect(settledSentiment('Explains decisions clearly in meetings', 'text', 'strengths')).toBe('positive');
    expect(settledSentiment('Explains decisions clearly in meetings', 'text', 'changes')).toBe('constructive');
  });

  it('keeps a rater with nothing to change positive, even where the question asks for changes', () => {
    expect(settledSentiment("Nothing springs to mind, keep doing what you're doing.", 'text', 'changes')).toBe('positive');
  });

  it('leaves free text from a question asking for nothing in particular to be read', () => {
    expect(settledSentiment('Explains decisions clearly in meetings', 'text')).toBeNull();
  });

  it('lets start, stop and continue settle their own answers', () => {
    expect([settledSentiment('More one-to-ones', 'start'), settledSentiment('Rushing', 'stop'), settledSentiment('Rushing', 'continue')]).toEqual([
      'constructive',
      'constructive',
      'positive',
    ]);
  });
});
