/** The host's check program, run on the module path by the tests. */
package com.example.kep;
