/* letterlint preview: explanations for highlighted findings (click, hover, keyboard). */
(function () {
  "use strict";
  var popup = document.getElementById("uitleg");
  if (!popup) { return; }
  var list = popup.querySelector(".uitleg-lijst");
  var heading = popup.querySelector("h2");
  var closeButton = popup.querySelector(".sluiten");
  var current = null;
  var pinned = false;
  var hideTimer = null;
  var TRIGGERS = ".hl, .zinmarker";

  function choiceFor(index) {
    return document.querySelector("input.overnemen[value='" + index + "']");
  }

  function fill(trigger) {
    list.textContent = "";
    trigger.getAttribute("data-findings").split(" ").forEach(function (index) {
      var source = document.getElementById("melding-" + index);
      if (!source) { return; }
      var item = document.createElement("li");
      item.className = source.className;
      source.querySelectorAll(".kop, .bericht, .voorstel").forEach(function (node) {
        var copy = node.cloneNode(true);
        copy.removeAttribute("id");
        item.appendChild(copy);
      });
      var choice = choiceFor(index);
      if (choice) {
        /* accept or reject the safe suggestion right here; the checkbox in the list follows */
        var toggle = document.createElement("button");
        toggle.type = "button";
        toggle.className = "keuzeknop";
        toggle.setAttribute("aria-pressed", choice.checked ? "true" : "false");
        toggle.textContent = choice.checked ? "Overgenomen (klik om niet over te nemen)" : "Niet overgenomen (klik om over te nemen)";
        toggle.addEventListener("click", function () {
          choice.checked = !choice.checked;
          sync(index);
          toggle.setAttribute("aria-pressed", choice.checked ? "true" : "false");
          toggle.textContent = choice.checked ? "Overgenomen (klik om niet over te nemen)" : "Niet overgenomen (klik om over te nemen)";
        });
        item.appendChild(toggle);
      }
      list.appendChild(item);
    });
  }

  /* show an accepted suggestion in the letter: the old words struck through, the new ones after them */
  function sync(index) {
    var choice = choiceFor(index);
    if (!choice) { return; }
    document.querySelectorAll("ins.vervanging[data-finding='" + index + "']").forEach(function (node) {
      node.hidden = !choice.checked;
    });
    document.querySelectorAll(TRIGGERS).forEach(function (trigger) {
      if ((" " + trigger.getAttribute("data-findings") + " ").indexOf(" " + index + " ") !== -1) {
        var accepted = Array.prototype.some.call(trigger.getAttribute("data-findings").split(" "), function (other) {
          var box = choiceFor(other);
          return box && box.checked;
        });
        trigger.classList.toggle("vervangen", accepted);
      }
    });
  }

  document.querySelectorAll("input.overnemen").forEach(function (choice) {
    sync(choice.value);
    choice.addEventListener("change", function () { sync(choice.value); });
  });

  function place(trigger) {
    var rect = trigger.getBoundingClientRect();
    var width = popup.offsetWidth;
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    popup.style.left = left + "px";
    popup.style.top = (rect.bottom + window.scrollY + 6) + "px";
  }

  function open(trigger, pin, moveFocus) {
    window.clearTimeout(hideTimer);
    if (current && current !== trigger) { current.setAttribute("aria-expanded", "false"); }
    current = trigger;
    pinned = pin;
    fill(trigger);
    popup.hidden = false;
    place(trigger);
    trigger.setAttribute("aria-expanded", "true");
    if (moveFocus) { heading.focus(); }
  }

  function close(returnFocus) {
    window.clearTimeout(hideTimer);
    popup.hidden = true;
    pinned = false;
    if (current) {
      current.setAttribute("aria-expanded", "false");
      if (returnFocus) { current.focus(); }
    }
    current = null;
  }

  document.addEventListener("click", function (event) {
    var trigger = event.target.closest(TRIGGERS);
    if (trigger) {
      if (trigger === current && pinned) { close(false); return; }
      /* detail 0: activated with Enter or Space, so the explanation gets the focus */
      open(trigger, true, event.detail === 0);
      return;
    }
    if (pinned && !popup.contains(event.target)) { close(false); }
  });

  closeButton.addEventListener("click", function () { close(true); });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !popup.hidden) { close(true); return; }
    var trigger = event.target.closest && event.target.closest(TRIGGERS);
    if (trigger && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault(); /* a highlight is a button: Enter and Space open it, the page does not scroll */
      if (trigger === current && pinned) { close(true); return; }
      open(trigger, true, true);
    }
  });

  popup.addEventListener("focusout", function (event) {
    if (pinned && event.relatedTarget && !popup.contains(event.relatedTarget) && event.relatedTarget !== current) {
      close(false);
    }
  });

  document.addEventListener("mouseover", function (event) {
    var trigger = event.target.closest(TRIGGERS);
    if (trigger && !pinned) { open(trigger, false, false); }
    if (popup.contains(event.target)) { window.clearTimeout(hideTimer); }
  });

  document.addEventListener("mouseout", function (event) {
    var leaving = event.target.closest(TRIGGERS) || (popup.contains(event.target) ? popup : null);
    if (leaving && !pinned && !popup.hidden) {
      hideTimer = window.setTimeout(function () { if (!pinned) { close(false); } }, 300);
    }
  });

  /* filter the findings by category: the list and the highlights in the letter */
  document.querySelectorAll(".filter input[name=soort]").forEach(function (radio) {
    radio.addEventListener("change", function () {
      var chosen = radio.value;
      document.querySelectorAll(".meldingen .melding").forEach(function (item) {
        item.hidden = chosen !== "" && item.getAttribute("data-soort") !== chosen;
      });
      document.querySelectorAll(TRIGGERS).forEach(function (trigger) {
        var kinds = (trigger.getAttribute("data-soorten") || "").split(" ");
        trigger.classList.toggle("uitgefilterd", chosen !== "" && kinds.indexOf(chosen) === -1);
      });
    });
  });

  /* printing: the findings report (see the print CSS) */
  document.querySelectorAll(".printknop").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  /* the sentence map: choose an original sentence to see where it went */
  document.querySelectorAll(".zinpaar .origineel").forEach(function (button) {
    button.addEventListener("click", function () {
      var pressed = button.getAttribute("aria-pressed") === "true";
      document.querySelectorAll(".zinpaar").forEach(function (pair) { pair.classList.remove("gekozen"); });
      document.querySelectorAll(".zinpaar .origineel").forEach(function (other) { other.setAttribute("aria-pressed", "false"); });
      if (!pressed) {
        button.setAttribute("aria-pressed", "true");
        button.closest(".zinpaar").classList.add("gekozen");
      }
    });
  });
  var onlyWork = document.getElementById("alleen-werk");
  if (onlyWork) {
    onlyWork.addEventListener("change", function () {
      document.querySelectorAll(".zinpaar").forEach(function (pair) {
        pair.hidden = onlyWork.checked && pair.getAttribute("data-werk") !== "ja";
      });
    });
  }

  /* the rewrite is shown in a sandboxed frame: make it as tall as its letter */
  document.querySelectorAll("iframe.herschreven").forEach(function (frame) {
    function fit() {
      try {
        var doc = frame.contentDocument;
        if (doc && doc.documentElement) { frame.style.height = (doc.documentElement.scrollHeight + 24) + "px"; }
      } catch (error) { /* a frame we may not read keeps its fixed height */ }
    }
    frame.addEventListener("load", fit);
    fit();
  });
}());
