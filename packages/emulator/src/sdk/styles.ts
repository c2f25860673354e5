// Kept small and scoped by the `bw-` prefix so the widget never restyles the host page.
export const WIDGET_CSS = `
.bw-overlay{position:fixed;inset:0;z-index:2147483000;display:flex;align-items:center;justify-content:center;padding:16px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f2a}
.bw-dialog{position:relative;box-sizing:border-box;width:100%;max-width:400px;max-height:100%;overflow:auto;background:#fff;border-radius:14px;box-shadow:0 20px 60px rgba(0,0,0,.3);padding:20px 24px 24px}
.bw-header{display:flex;align-items:center;justify-content:space-between;gap:8px;margin-bottom:12px}
.bw-brand{display:flex;align-items:center;gap:8px;font-weight:600;font-size:13px;color:#4b5368}
.bw-brand img{height:24px}
.bw-close{border:0;background:none;font-size:24px;line-height:1;cursor:pointer;color:#4b5368;padding:4px 8px;border-radius:6px}
.bw-dialog h2{font-size:20px;margin:4px 0 12px}
.bw-dialog p{margin:0 0 12px}
.bw-list{list-style:none;margin:0;padding:0;display:grid;gap:8px}
.bw-inst{width:100%;text-align:left;border:1px solid #d5d9e2;background:#fff;border-radius:10px;padding:10px 12px;font:inherit;cursor:pointer;display:flex;justify-content:space-between;gap:8px}
.bw-inst[data-status=disabled]{color:#8a90a0}
.bw-tag{font-size:12px;color:#8a90a0}
.bw-field{display:grid;gap:4px;margin-bottom:12px}
.bw-field input{font:inherit;padding:9px 10px;border:1px solid #b9bfcc;border-radius:8px}
.bw-actions{display:flex;gap:8px;flex-wrap:wrap;margin-top:8px}
.bw-primary,.bw-secondary{font:inherit;border-radius:10px;padding:10px 16px;cursor:pointer;border:1px solid #2c3cff}
.bw-primary{background:#2c3cff;color:#fff}
.bw-secondary{background:#fff;color:#2c3cff}
.bw-primary[disabled]{opacity:.6;cursor:progress}
.bw-alert{background:#fdecec;color:#8a1c1c;border-radius:8px;padding:8px 10px;margin-bottom:12px}
.bw-notice{background:#fff6e0;color:#6b4a00;border-radius:8px;padding:8px 10px;margin-bottom:12px}
.bw-confirm{position:absolute;inset:0;background:rgba(255,255,255,.97);display:flex;flex-direction:column;justify-content:center;padding:24px;border-radius:14px}
.bw-subtitle{font-size:15px;margin:12px 0 6px}
.bw-bullets{margin:0 0 12px;padding-left:20px}
.bw-muted{color:#4b5368;font-size:13px}
.bw-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.bw-survey{border:0;padding:0;margin:0 0 12px;display:grid;gap:6px}
.bw-dialog :focus-visible{outline:2px solid #2c3cff;outline-offset:2px}
`
