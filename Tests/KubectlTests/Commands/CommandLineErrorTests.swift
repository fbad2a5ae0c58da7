import Testing
@testable import Kubectl

/// kubectl's and cobra's words for command lines that cannot run (checked against real
/// kubectl v1.32 where it answers without a server).
@Suite struct CommandLineErrorTests {
    @Test(arguments: [
        ("get pods --foo", "Error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"),
        ("get pods -z", "Error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n"),
        ("create deployment x --image=nginx --foo", "Error: unknown flag: --foo\nSee 'kubectl create deployment --help' for usage.\n"),
        ("get pods -o", "Error: flag needs an argument: 'o' in -o\nSee 'kubectl get --help' for usage.\n"),
        ("get pods --all-namespaces=foo", "Error: invalid argument \"foo\" for \"-A, --all-namespaces\" flag: strconv.ParseBool: parsing \"foo\": invalid syntax\nSee 'kubectl get --help' for usage.\n"),
        ("create deployment x --image=nginx --replicas=abc", "Error: invalid argument \"abc\" for \"-r, --replicas\" flag: strconv.ParseInt: parsing \"abc\": invalid syntax\nSee 'kubectl create deployment --help' for usage.\n"),
        ("gett pods", "Error: unknown command \"gett\" for \"kubectl\"\n\nDid you mean this?\n\tset\n\tget\n\n"),
        ("xyzzy", "Error: unknown command \"xyzzy\" for \"kubectl\"\n"),
        ("create foo", "error: Unexpected args: [foo]\nSee 'kubectl create -h' for help and examples\n"),
        ("create", "error: must specify one of -f and -k\n"),
        ("apply", "error: must specify one of -f and -k\n"),
        ("apply -f", "Error: flag needs an argument: 'f' in -f\nSee 'kubectl apply --help' for usage.\n"),
        ("logs", "error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\nSee 'kubectl logs -h' for help and examples\n"),
        ("create deployment", "error: required flag(s) \"image\" not set\n"),
        ("create deployment x y --image=n", "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n"),
        ("run", "error: required flag(s) \"image\" not set\n"),
        ("run --image=nginx", "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n"),
        ("describe", "error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n"),
        ("label", "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n"),
        ("annotate", "error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n"),
        ("cordon", "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n"),
        ("uncordon", "error: USAGE: uncordon NODE [flags]\nSee 'kubectl uncordon -h' for help and examples\n"),
        ("drain", "error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n"),
        ("exec", "error: pod, type/name or --filename must be specified\n"),
        ("exec x", "error: you must specify at least one command for the container\n"),
        ("delete", "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n"),
        ("get pods a/b", "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>')\n"),
        ("get pod/", "error: arguments in resource/name form must have a single resource and name\n"),
        ("get", "You must specify the type of resource to get. Use \"kubectl api-resources\" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse \"kubectl explain <resource>\" for a detailed description of that resource (e.g. kubectl explain pods).\nSee 'kubectl get -h' for help and examples\n"),
        ("get widgets", "error: the server doesn't have a resource type \"widgets\"\n"),
        ("get pods -o foo", "error: unable to match a printer suitable for the output format \"foo\", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n"),
        ("get pods -o jsonpath", "error: template format specified but no template given\n"),
        ("get pods -o jsonpath={.items", "error: error parsing jsonpath {.items, unclosed action\n"),
        ("create deployment x --image=nginx --dry-run=maybe", "error: Invalid dry-run value (maybe). Must be \"none\", \"server\", or \"client\".\n"),
        ("version -o foo --client", "error: --output must be 'yaml' or 'json'\n"),
        ("label pod x a=b c", "error: all resources must be specified before label changes: c\n"),
        ("label pod x a=b a-", "error: can not both modify and remove a label in the same command\n"),
        ("label pod x a=b=c", "error: invalid label spec: a=b=c\n"),
        ("get pods -l 'a in b'", "error: unable to parse requirement: found 'b', expected: '('\n"),
    ])
    func commandLinesKubectlRefuses(_ line: String, _ expected: String) throws {
        let t = Transcript()
        let r = t.kubectl.run(try ShellWords.split(line))
        #expect(r.stderr == expected)
        #expect(r.stdout == "")
        #expect(r.exitCode == 1)
    }

    @Test(arguments: [
        ("get pod nope", "Error from server (NotFound): pods \"nope\" not found\n"),
        ("get deploy nope", "Error from server (NotFound): deployments.apps \"nope\" not found\n"),
        ("describe pod nope", "Error from server (NotFound): pods \"nope\" not found\n"),
        ("delete pod nope", "Error from server (NotFound): pods \"nope\" not found\n"),
        ("logs nope", "Error from server (NotFound): pods \"nope\" not found\n"),
        ("exec nope -- ls", "Error from server (NotFound): pods \"nope\" not found\n"),
        ("cordon node-9", "Error from server (NotFound): nodes \"node-9\" not found\n"),
        ("label pod nope a=b", "Error from server (NotFound): pods \"nope\" not found\n"),
        ("create namespace default", "Error from server (AlreadyExists): namespaces \"default\" already exists\n"),
        ("create deployment My_Web --image=nginx", "error: failed to create deployment: Deployment.apps \"My_Web\" is invalid: metadata.name: Invalid value: \"My_Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')\n"),
        ("run Bad_Pod --image=nginx", "The Pod \"Bad_Pod\" is invalid: \n* metadata.name: Invalid value: \"Bad_Pod\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')\n* spec.containers[0].name: Invalid value: \"Bad_Pod\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')\n"),
    ])
    func theServerRefuses(_ line: String, _ expected: String) throws {
        let t = Transcript()
        let r = t.kubectl.run(try ShellWords.split(line))
        #expect(r.stderr == expected)
        #expect(r.exitCode == 1)
    }

    @Test func createDeploymentOnAnExistingNameWrapsTheError() {
        let t = Transcript()
        _ = t.kubectl.run(["create", "deployment", "my-web", "--image=nginx"])
        let r = t.kubectl.run(["create", "deployment", "my-web", "--image=nginx"])
        #expect(r.stderr == "error: failed to create deployment: deployments.apps \"my-web\" already exists\n")
    }

    @Test func runTwiceIsAlreadyExists() {
        let t = Transcript()
        _ = t.kubectl.run(["run", "nginx", "--image=nginx"])
        #expect(t.kubectl.run(["run", "nginx", "--image=nginx"]).stderr == "Error from server (AlreadyExists): pods \"nginx\" already exists\n")
    }
}
