interface ImportMetaEnv {
  /** true under `astro dev` only: drafts and future installments are previewed. Set by src/integrations/publish-mode.ts. */
  readonly PREVIEW_UNPUBLISHED: boolean;
}
