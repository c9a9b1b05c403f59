// The YAML language server (completion, hover, schema validation) in a worker.
// A local entry file because importing the package path with `?worker`
// directly fails in dev ("module is not defined"); see TOOLCHAIN.md.
import 'monaco-yaml/yaml.worker.js';
