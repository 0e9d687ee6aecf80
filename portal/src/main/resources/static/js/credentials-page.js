/* The credentials page: rules marked met or broken as the person types, a live summary for screen
   readers, suggestions that fill the username, and the strength (K7) from the server's estimate. */
(function () {
  "use strict";
  var form = document.getElementById("credentials-form");
  if (!form) { return; }
  var username = document.getElementById("username");
  var password = document.getElementById("password");
  var confirmation = document.getElementById("confirmation");
  var live = document.getElementById("live");
  var label = document.getElementById("strength-label");
  var meter = document.getElementById("strength-meter");
  var csrf = document.querySelector("meta[name=_csrf]").content;
  var csrfHeader = document.querySelector("meta[name=_csrf_header]").content;
  var checks = null, pending = null, touched = false;
  var LEVELS = { WEAK: 1, FAIR: 2, GOOD: 3, STRONG: 4 };

  fetch(form.action.replace(/\/credentials$/, "/credentials/profile.json"), { credentials: "same-origin" })
    .then(function (response) { return response.json(); })
    .then(function (profile) { checks = ThyridaChecks.make(profile); window.portalChecks = checks; });

  function update() {
    if (!checks) { return; }
    var codes = checks.username(username.value, form.dataset.taxisnet)
      .concat(checks.password(password.value, confirmation.value));
    var broken = 0;
    document.querySelectorAll("#rules li").forEach(function (rule) {
      var hit = rule.dataset.codes.split(" ").some(function (code) { return codes.indexOf(code) >= 0; });
      rule.classList.toggle("broken", hit);
      rule.classList.toggle("met", !hit);
      if (hit) { broken++; }
    });
    live.textContent = broken === 0 ? live.dataset.none : live.dataset.some.replace("{0}", broken);
    live.dataset.codes = codes.join(" ");
  }

  function strength() {
    clearTimeout(pending);
    if (password.value.length === 0) { meter.value = 0; label.textContent = label.dataset.NONE; return; }
    pending = setTimeout(function () {
      var body = new URLSearchParams();
      body.set("password", password.value);
      var headers = {};
      headers[csrfHeader] = csrf;
      fetch(form.action + "/strength", { method: "POST", body: body, headers: headers, credentials: "same-origin" })
        .then(function (response) { return response.json(); })
        .then(function (estimate) {
          meter.value = LEVELS[estimate.strength];
          label.textContent = label.dataset[estimate.strength];
          label.dataset.strength = estimate.strength;
        });
    }, 200);
  }

  [username, password, confirmation].forEach(function (field) {
    field.addEventListener("input", function () { touched = true; update(); });
  });
  password.addEventListener("input", strength);
  document.querySelectorAll("button.suggestion").forEach(function (button) {
    button.addEventListener("click", function () { username.value = button.dataset.value; update(); username.focus(); });
  });
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
