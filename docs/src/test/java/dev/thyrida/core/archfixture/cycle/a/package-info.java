/** A fixture package of the package-cycle rule. */
package dev.thyrida.core.archfixture.cycle.a;
