// What a new user is told: once, when the plugin first loads, where to set it up; and at the top of
// the settings tab the first time it opens, what Probity does and what it asks for. Plain module.

/** A Notice on the very first load (no saved settings yet). */
export const FIRST_LOAD_NOTICE = 'Probity now checks your Markdown notes against the guidance doctors answer to. '
  + 'Choose your jurisdiction and your credentials line in Settings → Probity.';

/** The settings tab's first-open notice. */
export const WELCOME = {
  title: 'Welcome to Probity',
  text: 'Probity reads your drafts of blog posts and threads and points at what the GMC, ASA, Medical Council, ASAI, FTC or AMA '
    + 'guidance has something to say about: an advert with no label, clinical advice that never says who you are, a patient '
    + 'who could be recognised. Start with your jurisdiction, then your name and role for the credentials line. '
    + 'Nothing you write leaves this device.',
};

/** True when the plugin has never saved settings: loadData() found no data.json. */
export const isFirstLoad = (saved: unknown): boolean => saved === null || saved === undefined;
