/** What the state layer tells the user: edit refusals, storage and other-tab notices (src/state). */
export const state = {
  /** Text already worded elsewhere (a storage error, the YAML writer), passed through as it is. */
  plain: '{{text}}',
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
