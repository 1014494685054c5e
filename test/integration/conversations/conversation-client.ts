/** Calls of the conversation endpoints that the JSON client does not make: multipart messages, downloads. */
import type { ApiClient, ApiResponse } from '../../support/api-client.js';

export interface Attachment {
  content: Uint8Array;
  name: string;
  type?: string;
  /** The form field; the API reads `attachment`. */
  field?: string;
}

async function parsed<T>(response: Response): Promise<ApiResponse<T>> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, body: body as T, headers: response.headers };
}

/** `POST /api/v1/threads/{id}/messages` as multipart/form-data. */
export async function postMultipartMessage<T = unknown>(
  api: ApiClient,
  threadId: string,
  token: string,
  fields: Record<string, string>,
  file?: Attachment,
): Promise<ApiResponse<T>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file)
    form.append(
      file.field ?? 'attachment',
      new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
  const response = await fetch(`${api.baseUrl}/api/v1/threads/${threadId}/messages`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: form,
  });
  return parsed<T>(response);
}

/** `GET /api/v1/messages/{id}/attachment`: the status, content type and bytes. */
export async function downloadAttachment(
  api: ApiClient,
  messageId: string,
  token: string | undefined,
): Promise<{ status: number; type: string | null; bytes: Uint8Array }> {
  const response = await fetch(`${api.baseUrl}/api/v1/messages/${messageId}/attachment`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}
