// Runs in the head, before the page is drawn: marks that scripts run, so the stylesheet can show
// the no-script variants (the sections as a plain list instead of the menu button) only without them;
// and tells the Video.js inside Bootstrap Italia's bundle not to inject its inline <style>, which the
// Content-Security-Policy refuses (the pages show no video).
document.documentElement.classList.add('js');
window.VIDEOJS_NO_DYNAMIC_STYLE = true;
