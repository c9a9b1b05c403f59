/** Words shared by every part of the app and the CLI (English, the reference catalogue). */
export const common = {
  appName: 'netpol-studio',
  language: {
    label: 'Language',
    en: 'English',
    ja: '日本語',
  },
} as const;
