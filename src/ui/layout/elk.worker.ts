// The ELK layout engine (GWT-compiled Java, ~1.6 MB) runs in this worker so the
// page stays responsive; it answers elk-api's messages on `self` by itself.
import 'elkjs/lib/elk-worker.min.js';
