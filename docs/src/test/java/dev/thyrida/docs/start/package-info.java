/** The examples of docs/index.md, the five-minute path (πρώτα βήματα): each step compiled and run here. */
package dev.thyrida.docs.start;
