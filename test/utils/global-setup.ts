// Filled in with the e2e infrastructure; kept so the jest config always resolves.
export default async function globalSetup(): Promise<void> {}
