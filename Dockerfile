# syntax=docker/dockerfile:1
# esatls ingest worker. Build:  docker build -t esatls-ingest .
# Run:    docker run --rm -p 127.0.0.1:5514:5514/udp -v esatls-state:/var/lib/esatls esatls-ingest
# The default command is `esatls-ingest run`; pass another command to run it instead, e.g.
#         docker run --rm esatls-ingest setup --elasticsearch http://es:9200 --kibana http://kibana:5601

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone so that the package layer stays cached across source edits.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Core/Core.csproj src/Core/
COPY src/Ingest/Ingest.csproj src/Ingest/
RUN dotnet restore src/Ingest/Ingest.csproj
COPY src/Core/ src/Core/
COPY src/Ingest/ src/Ingest/
# The saved dashboards are embedded into EsaTls.Core, so `setup` needs no files at run time.
COPY dashboards/ dashboards/
RUN dotnet publish src/Ingest/Ingest.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /app /app
# Correlation state, checkpoints, the syslog spool and the default SQLite store (esatls.db in the working
# directory) survive restarts in this volume, owned by the image's non-root user (APP_UID, defined by the .NET images).
RUN mkdir -p /var/lib/esatls && chown "$APP_UID" /var/lib/esatls
WORKDIR /var/lib/esatls
VOLUME /var/lib/esatls
# Configuration comes from ESATLS__… environment variables (or --config FILE); keys as in docs/worker.md.
# Secrets only from the environment, never baked into the image.
ENV ESATLS__State__Directory=/var/lib/esatls \
    ESATLS__Syslog__Udp=0.0.0.0:5514 \
    ESATLS__Syslog__Tcp=0.0.0.0:5514
# syslog from the appliances (RFC 3164 over UDP and TCP)
EXPOSE 5514/udp 5514/tcp
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/esatls-ingest.dll"]
CMD ["run"]
