// newsgraph workbench: hover tips, claim selection, jumping to event triggers. No libraries.
(function () {
  "use strict";
  var tip = null;

  function showTip(el, ev) {
    if (!tip) { return; }
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    moveTip(ev);
  }
  function moveTip(ev) {
    if (!tip || tip.hidden) { return; }
    var x = Math.min(ev.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = x + "px";
    tip.style.top = (ev.clientY + 16) + "px";
  }

  function selectClaim(id, scroll) {
    var i, segs = document.querySelectorAll(".claim.selected");
    for (i = 0; i < segs.length; i++) { segs[i].classList.remove("selected"); }
    var cards = document.querySelectorAll(".claim-card.open");
    for (i = 0; i < cards.length; i++) { cards[i].classList.remove("open"); }
    var mine = document.querySelectorAll('[data-claim="' + CSS.escape(id) + '"]');
    for (i = 0; i < mine.length; i++) { mine[i].classList.add("selected"); }
    var card = document.getElementById("claim-card-" + id);
    if (card) {
      card.classList.add("open");
      if (scroll) { card.scrollIntoView({block: "nearest"}); }
    }
    if (scroll && mine.length && !scroll.fromText) { mine[0].scrollIntoView({block: "center"}); }
  }

  function gotoEvent(id) {
    var i, old = document.querySelectorAll(".current");
    for (i = 0; i < old.length; i++) { old[i].classList.remove("current"); }
    var trig = document.querySelector('.trigger[data-event="' + CSS.escape(id) + '"]');
    var item = document.getElementById("ev-" + id);
    [trig, item].forEach(function (el) {
      if (!el) { return; }
      el.classList.add("current", "flash");
      setTimeout(function () { el.classList.remove("flash"); }, 1600);
    });
    if (trig) { trig.scrollIntoView({block: "center"}); }
  }

  document.addEventListener("DOMContentLoaded", function () {
    tip = document.getElementById("tip");
    document.addEventListener("mouseover", function (ev) {
      var el = ev.target.closest ? ev.target.closest("[data-tip]") : null;
      if (el) { showTip(el, ev); } else if (tip) { tip.hidden = true; }
    });
    document.addEventListener("mousemove", moveTip);
    document.addEventListener("click", function (ev) {
      var t = ev.target;
      if (tip) { tip.hidden = true; }
      var link = t.closest("[data-select-claim]");
      if (link) { ev.preventDefault(); selectClaim(link.getAttribute("data-select-claim"), {fromText: false}); return; }
      var go = t.closest("[data-goto-event]");
      if (go) { ev.preventDefault(); gotoEvent(go.getAttribute("data-goto-event")); return; }
      var seg = t.closest("#text [data-claim]");
      if (seg) { selectClaim(seg.getAttribute("data-claim"), {fromText: true}); }
    });
    if (location.hash.indexOf("#ev-") === 0) { gotoEvent(location.hash.slice(4)); }
  });
}());
