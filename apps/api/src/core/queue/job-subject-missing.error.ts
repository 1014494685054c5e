import { UnrecoverableError } from 'bullmq';

/**
 * Thrown by a job handler whose subject (the demand, firm, notification… its payload names) does not exist
 * in this database: the job was made by another deployment's database sharing this queue prefix, or its
 * data is wrong. Never completed as if done: the worker logs it, counts it
 * (`queue_jobs_subject_missing_total`) and fails it without retries, so that it stays in the failed list.
 */
export class JobSubjectMissingError extends UnrecoverableError {
  constructor(
    readonly subject: string,
    readonly subjectId: string,
  ) {
    super(`${subject} ${subjectId} does not exist in this database`);
    this.name = 'JobSubjectMissingError';
  }
}
