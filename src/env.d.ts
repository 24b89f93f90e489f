declare namespace App {
  interface Locals {
    /**
     * The language of the page's title when it is not the page's own (an English title on a French page):
     * set by CollectionPage, which knows it, and read by the PageTitle override, which marks the title.
     */
    titleLang?: import('./core/locales').Lang;
  }
}
