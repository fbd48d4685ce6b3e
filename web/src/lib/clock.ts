import { onScopeDispose, ref, type Ref } from 'vue';

const now = ref(Date.now());
let users = 0;
let timer: ReturnType<typeof setInterval> | undefined;

/**
 * The current time, updated every second while any component uses it. One timer serves every countdown
 * on the page, so a list of 100 orders does not start 100 intervals.
 */
export function useNow(): Readonly<Ref<number>> {
  users += 1;
  if (users === 1) {
    now.value = Date.now();
    timer = setInterval(() => (now.value = Date.now()), 1000);
  }
  onScopeDispose(() => {
    users -= 1;
    if (users === 0) clearInterval(timer);
  });
  return now;
}
