// The "?" explanations are one shared component now (src-renderer/help); this path stays for
// the panels that import it from here.
export { HelpTip } from '../help/HelpTip';
