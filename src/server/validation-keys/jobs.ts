// Validation catalogue keys of the background jobs' admin page (issue 18 item 4, issue 14 "Run now"); their messages
// sit under "validation" in jobs.json.
export const jobsValidationKeys = ['jobAlreadyQueued'] as const
