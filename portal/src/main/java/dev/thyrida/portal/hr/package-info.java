/** The HR host's page: postings, status loss, a new supervisor. */
package dev.thyrida.portal.hr;
