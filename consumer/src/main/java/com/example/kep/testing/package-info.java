/** The host's use of the testkit. */
package com.example.kep.testing;
