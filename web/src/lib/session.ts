import { reactive } from 'vue';

const STORAGE_KEY = 'consign.session';

/**
 * The signed-in session. The token lives in localStorage so a reload or a second tab stays signed in;
 * `notice` explains to the sign-in page why a session ended when the person did not sign out themselves.
 */
export const session = reactive({
  token: readToken(),
  notice: null as string | null,
});

function readToken(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function startSession(token: string) {
  localStorage.setItem(STORAGE_KEY, token);
  session.notice = null;
  session.token = token;
}

export function endSession(notice: string | null = null) {
  localStorage.removeItem(STORAGE_KEY);
  session.notice = notice;
  session.token = null;
}

// Signing in or out in another tab applies here too, so two tabs never act as different people.
window.addEventListener('storage', (event) => {
  if (event.key !== STORAGE_KEY) return;
  session.token = event.newValue;
});
