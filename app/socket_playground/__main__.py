from socket_playground.main import main

raise SystemExit(main())
