/** The host's credential profiles. */
package com.example.kep.profiles;
