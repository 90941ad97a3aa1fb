import { parseExampleFile, surveyIdOfExampleFile } from './example-file';

const themes = new Set(['vision', 'composure']);
const parse = (...lines: string[]) => parseExampleFile(lines.join('\n'), 'surveys/examples/x.comments.jsonl', themes);

describe('parseExampleFile', () => {
  it('reads one labelled comment a line, with its kind and batch when given, blank lines aside', () => {
    expect(
      parse(
        '{"text": "Paints a picture of where we are going.", "themes": ["vision"], "sentiment": "positive", "batch": "round-1/vision"}',
        '',
        '{"text": "Losing his temper in meetings.", "themes": ["composure"], "sentiment": "constructive", "kind": "stop"}',
        '{"text": "N/A", "themes": [], "sentiment": "positive"}',
      ),
    ).toEqual({
      examples: [
        { text: 'Paints a picture of where we are going.', themes: ['vision'], sentiment: 'positive', batch: 'round-1/vision' },
        { text: 'Losing his temper in meetings.', themes: ['composure'], sentiment: 'constructive', kind: 'stop' },
        { text: 'N/A', themes: [], sentiment: 'positive' },
      ],
      issues: [],
    });
  });

  it('names the file, the line, the key and the reason of every problem, and keeps no line that has one', () => {
    const { examples, issues } = parse(
      '{"text": "Fine.", "themes": ["vision"], "sentiment": "positive"}',
      '{"text": "Typo.", "themes": ["vison", "vision", "vision"], "sentiment": "good", "kind": "later", "colour": 1}',
      'not json',
      '["a list"]',
      '{"themes": ["vision"], "sentiment": "positive", "batch": ""}',
      '{"text": "Fine.", "themes": [], "sentiment": "positive"}',
    );
    expect(examples.map((example) => example.text)).toEqual(['Fine.']);
    expect(issues.map(({ line, path, message }) => `${line} ${path}: ${message}`)).toEqual([
      '2 colour: unknown key (expected text, themes, sentiment, kind, batch)',
      "2 themes[0]: 'vison' is not a theme of this survey (vision, composure)",
      "2 themes[2]: 'vision' is listed twice",
      '2 sentiment: must be one of positive, constructive',
      '2 kind: must be one of text, start, stop, continue, or left out for free text',
      expect.stringMatching(/^3 \(line\): is not valid JSON/),
      '4 (line): must be a JSON object: {"text", "themes", "sentiment"}',
      '5 text: is required: the comment, as a rater wrote it',
      '5 batch: must be a non-empty text naming the comments written together',
      '6 text: repeats line 1',
    ]);
    expect(issues.every((issue) => issue.file === 'surveys/examples/x.comments.jsonl')).toBe(true);
  });

  it('refuses a text longer than any answer can be', () => {
    expect(parse(JSON.stringify({ text: 'x'.repeat(5_001), themes: [], sentiment: 'positive' })).issues.map((issue) => issue.message)).toEqual([
      'is longer than 5000 characters',
    ]);
  });
});

describe('surveyIdOfExampleFile', () => {
  it('reads the survey id from the file name', () => {
    expect(surveyIdOfExampleFile('surveys/examples/leadership-360.comments.jsonl')).toBe('leadership-360');
    expect(surveyIdOfExampleFile('leadership-360.jsonl')).toBeNull();
    expect(surveyIdOfExampleFile('.comments.jsonl')).toBeNull();
  });
});
