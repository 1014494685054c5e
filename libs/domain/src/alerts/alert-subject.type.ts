/** What alert relevance compares of a demand or a firm: its title (a firm's name) and its sectors. */
export interface AlertSubject {
  title: string;
  sectors: readonly string[];
}
