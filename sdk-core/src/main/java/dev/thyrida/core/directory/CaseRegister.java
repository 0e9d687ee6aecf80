package dev.thyrida.core.directory;

import dev.thyrida.core.identity.DocumentId;
import dev.thyrida.core.identity.MailboxId;
import dev.thyrida.core.identity.RequestId;
import dev.thyrida.core.identity.TaxId;
import dev.thyrida.core.request.CitizenRequest;
import dev.thyrida.core.request.Document;
import org.pcollections.HashTreePMap;
import org.pcollections.PMap;
import org.pcollections.PSet;

/** The case part of a directory: requests by id and by mailbox, documents by id and by holder. */
record CaseRegister(
    PMap<RequestId, CitizenRequest> requests,
    PMap<MailboxId, PSet<RequestId>> requestsByMailbox,
    PMap<DocumentId, Document> documents,
    PMap<TaxId, PSet<DocumentId>> documentsByHolder) {

  static final CaseRegister EMPTY =
      new CaseRegister(HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty(), HashTreePMap.empty());

  CaseRegister withNewRequest(CitizenRequest request) {
    return new CaseRegister(
        requests.plus(request.id(), request),
        Index.add(requestsByMailbox, request.mailbox(), request.id()),
        documents,
        documentsByHolder);
  }

  CaseRegister withChangedRequest(CitizenRequest request) {
    return new CaseRegister(requests.plus(request.id(), request), requestsByMailbox, documents, documentsByHolder);
  }

  CaseRegister withNewDocument(Document document) {
    return new CaseRegister(
        requests,
        requestsByMailbox,
        documents.plus(document.id(), document),
        Index.add(documentsByHolder, document.holder(), document.id()));
  }

  CaseRegister withChangedDocument(Document document) {
    return new CaseRegister(requests, requestsByMailbox, documents.plus(document.id(), document), documentsByHolder);
  }
}
