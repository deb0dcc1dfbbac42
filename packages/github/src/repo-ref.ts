/** A repository on GitHub, as the REST paths name it. */
export interface RepoRef {
  owner: string;
  repo: string;
}
