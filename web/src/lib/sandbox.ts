import type { InjectionKey, Ref } from 'vue';

/** Provided by the console shell: the hub runs against the TikTok sandbox and the viewer may drive it. */
export const SANDBOX_ENABLED: InjectionKey<Readonly<Ref<boolean>>> = Symbol('sandbox enabled');
