/** The host's forms, opened to the Bean Validation providers only. */
package com.example.kep.forms;
