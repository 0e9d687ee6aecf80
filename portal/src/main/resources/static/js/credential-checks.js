/*
 * The SDK's credential checks (K4, K5, K6, D1-D4) applied in the browser from the profile the
 * server serves as data (/credentials/profile.json). They give the same codes as the server's
 * CredentialPolicy, code point by code point, without normalisation; the server still decides.
 * A browser test runs the testkit's catalogue of tricky inputs through both.
 */
(function (global) {
  "use strict";

  function isUpper(c) { return c >= 0x41 && c <= 0x5A; }
  function isLower(c) { return c >= 0x61 && c <= 0x7A; }
  function isDigit(c) { return c >= 0x30 && c <= 0x39; }

  function codePoints(text) {
    var points = [];
    for (var i = 0; i < text.length;) {
      var c = text.codePointAt(i);
      points.push(c);
      i += c > 0xFFFF ? 2 : 1;
    }
    return points;
  }

  function has(symbols, c) {
    return codePoints(symbols).indexOf(c) >= 0;
  }

  function inBlocks(blocks, c) {
    return blocks.some(function (b) { return c >= b[0] && c <= b[1]; });
  }

  function length(codes, n, min, max, tooShort, tooLong) {
    if (n < min) { codes.push(tooShort); } else if (n > max) { codes.push(tooLong); }
  }

  /* Java's Character.toUpperCase/toLowerCase of one UTF-16 unit, where JS keeps one unit. */
  function unitCase(unit, upper) {
    var s = String.fromCharCode(unit);
    var t = upper ? s.toUpperCase() : s.toLowerCase();
    return t.length === 1 ? t.charCodeAt(0) : unit;
  }

  function equalsIgnoringCase(a, b) {
    if (a.length !== b.length) { return false; }
    for (var i = 0; i < a.length; i++) {
      var x = unitCase(a.charCodeAt(i), true), y = unitCase(b.charCodeAt(i), true);
      if (x !== y && unitCase(x, false) !== unitCase(y, false)) { return false; }
    }
    return true;
  }

  function make(profile) {
    var u = profile.username, p = profile.password, greek = profile.greek;

    function username(text, taxisNetUserId) {
      if (text === null || text === undefined || text.length === 0) { return ["USERNAME_REQUIRED"]; }
      var points = codePoints(text), codes = [], isGreek = false, illegal = false;
      points.forEach(function (c) {
        if (!(isUpper(c) || isLower(c) || isDigit(c) || has(u.symbols, c))) {
          if (inBlocks(greek, c)) { isGreek = true; } else { illegal = true; }
        }
      });
      length(codes, points.length, u.min, u.max, "USERNAME_TOO_SHORT", "USERNAME_TOO_LONG");
      if (isGreek) { codes.push("USERNAME_GREEK_CHARACTER"); }
      if (illegal) { codes.push("USERNAME_ILLEGAL_CHARACTER"); }
      if (taxisNetUserId && equalsIgnoringCase(text, taxisNetUserId)) { codes.push("USERNAME_SAME_AS_TAXISNET"); }
      return codes.sort();
    }

    function password(text, confirmation) {
      if (text === null || text === undefined || text.length === 0) { return ["PASSWORD_REQUIRED"]; }
      var points = codePoints(text), codes = [], found = {}, isGreek = false, illegal = false;
      points.forEach(function (c) {
        var kind = isUpper(c) ? "UPPERCASE" : isLower(c) ? "LOWERCASE" : isDigit(c) ? "DIGIT"
          : has(p.specials, c) ? "SPECIAL" : null;
        if (kind) { found[kind] = true; }
        else if (inBlocks(greek, c)) { isGreek = true; }
        else if (!inBlocks(p.others, c)) { illegal = true; }
      });
      length(codes, points.length, p.min, p.max, "PASSWORD_TOO_SHORT", "PASSWORD_TOO_LONG");
      var absent = { UPPERCASE: "PASSWORD_NO_UPPERCASE", LOWERCASE: "PASSWORD_NO_LOWERCASE",
        DIGIT: "PASSWORD_NO_DIGIT", SPECIAL: "PASSWORD_NO_SPECIAL" };
      p.required.forEach(function (kind) { if (!found[kind]) { codes.push(absent[kind]); } });
      if (isGreek) { codes.push("PASSWORD_GREEK_CHARACTER"); }
      if (illegal) { codes.push("PASSWORD_ILLEGAL_CHARACTER"); }
      if (confirmation !== undefined && text !== (confirmation === null ? "" : confirmation)) {
        codes.push("PASSWORD_CONFIRMATION_MISMATCH");
      }
      return codes.sort();
    }

    return { username: username, password: password };
  }

  global.ThyridaChecks = { make: make };
})(window);
