// Asserts that a data-layer call is refused with the given DataError code (and message, when given).
import { expect } from "vitest";
import { DataError } from "../data/errors";

export async function expectDataError(promise: Promise<unknown>, code: DataError["code"], message?: RegExp | string): Promise<DataError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected a ${code} DataError`).toBeInstanceOf(DataError);
  expect((error as DataError).code).toBe(code);
  if (message) expect((error as DataError).message).toMatch(message);
  return error as DataError;
}
