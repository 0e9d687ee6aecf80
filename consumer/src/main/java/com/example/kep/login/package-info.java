/** The host's TAXISnet login: Thyrida's GSIS client driven against the testkit's fake server. */
package com.example.kep.login;
