/** Reference pages generated from the code and checked by the build (docs/codes.md). */
package dev.thyrida.docs.reference;
