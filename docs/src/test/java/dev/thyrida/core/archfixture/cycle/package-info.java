/** Fixtures for the package-cycle rule: two packages that import each other (never production code). */
package dev.thyrida.core.archfixture.cycle;
