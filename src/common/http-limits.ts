/** Request bodies are small by nature: a survey answer with every comment at 5,000 characters fits. */
export const BODY_LIMIT = '256kb';
