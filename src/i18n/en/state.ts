/** What the state layer tells the user: edit refusals, storage and other-tab notices (src/state). */
export const state = {
  /** Text already worded elsewhere (a storage error, the YAML writer), passed through as it is. */
  plain: '{{text}}',
  workspace: {
    downloadRaw: 'Download the raw data',
    noStorage: 'This browser does not let the page use its storage, so workspaces are kept only until the tab closes.',
    listRebuilt:
      'The list of saved workspaces was damaged and has been rebuilt from {{count}} saved workspace(s). Nothing was deleted.',
    shareDamaged: '{{reason}} Nothing was loaded.',
    shareOpened: 'Opened the shared link as a new workspace, "{{name}}". Your other workspaces are unchanged.',
  },
  tabs: {
    keptAsCopy: '"{{name}}" was changed in another tab; your last edits to it were kept as "{{copy}}".',
    savedAgain: 'Saved again: your workspace is stored in this browser.',
    downloadUnsaved: 'Download unsaved text',
    conflict:
      '"{{name}}" was saved in another tab after this tab loaded it, so your changes here were not saved over it. Reload theirs (your changes here are dropped), or keep yours as a new workspace (theirs stays as it is).',
    reloadTheirs: 'Reload theirs',
    keepMine: 'Keep mine as a copy',
    downloadMine: 'Download my text',
    keptMine: 'Your changes were kept as a new workspace, "{{copy}}"; "{{name}}" holds the other tab\'s version.',
    deleted:
      'Workspace "{{name}}" was deleted in another tab. Its text is still open here; edit it to keep it as a new workspace.',
    deletedKeeping:
      'Workspace "{{name}}" was deleted in another tab. Its text is still open here; your unsaved edits are being kept as "{{copy}}".',
    updated: 'Updated with changes saved in another tab.',
    rescued: 'Edits made just before a tab closed were kept as a new workspace, "{{name}}".',
  },
  commit: {
    updating: 'The graph is still catching up with the YAML. Try again when the status bar says “Parsed”.',
    stale:
      'The YAML has errors, so the graph is out of date. Fix the YAML (see the red markers) to edit the graph again.',
    brokenDocument:
      'This object is shown as its YAML document last parsed: that document has errors now. Fix it (see the red markers) to edit the object from the graph.',
    unparsable: 'The edit produced YAML that does not parse; nothing was changed.',
    failed: 'Could not apply the change: {{reason}}',
    landsInBroken:
      'The change would land in YAML document {{document}}, which has errors (line {{line}}); nothing was changed. Fix that document first.',
  },
} as const;
