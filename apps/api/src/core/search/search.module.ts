import { Global, Module } from '@nestjs/common';
import { SearchDocumentWriter } from './search-document.writer.js';
import { SearchClient } from './search.client.js';

@Global()
@Module({ providers: [SearchClient, SearchDocumentWriter], exports: [SearchClient, SearchDocumentWriter] })
export class SearchModule {}
