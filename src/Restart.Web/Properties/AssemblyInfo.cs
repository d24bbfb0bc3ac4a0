[assembly: System.Resources.NeutralResourcesLanguage("ko")]
